import fs from "node:fs";

import Database from "better-sqlite3";

import { test } from "./fixtures";
import { signIn, visit } from "./helpers";

const dir = "/tmp/shots17";
fs.mkdirSync(dir, { recursive: true });

test("screenshots of the instrument pages", async ({ page, browser, server }) => {
  test.setTimeout(300_000);
  const db = new Database(server.databasePath);
  const leader = db.prepare("select id from users where email = 'deltaker01@demo.example'").get() as { id: number };
  const closed = db.prepare("select id from pulses where leader_id = ? and mode = 'link' order by id desc").get(leader.id) as {
    id: number;
  };
  db.close();
  await signIn(page, "deltaker01@demo.example");
  await visit(page, "/pulse");
  await page.getByRole("button", { name: "Start målingen" }).click();
  await page.waitForURL(/\/pulse\/\d+/);
  const openUrl = new URL(page.url()).pathname;
  const link = new URL((await page.getByRole("link", { name: /\/p\// }).getAttribute("href"))!).pathname;
  await visit(page, "/pulse");
  await page.getByLabel("På papirlapper som du teller opp").check();
  await page.getByRole("button", { name: "Start målingen" }).click();
  await page.waitForURL(/\/pulse\/\d+/);
  const paperUrl = new URL(page.url()).pathname;
  const pages: [string, string][] = [
    ["home", "/"],
    ["self-assessment", "/self-assessment"],
    ["pulse", "/pulse"],
    ["pulse-open", openUrl],
    ["pulse-closed", `/pulse/${closed.id}`],
    ["pulse-paper", paperUrl],
    ["pulse-slip", `${paperUrl}/paper`],
  ];
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, url] of pages) {
      await visit(page, url);
      await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
    }
  }
  for (const [js, width] of [
    [true, 1280],
    [true, 360],
    [false, 360],
  ] as const) {
    const ctx = await browser.newContext({ baseURL: server.url, javaScriptEnabled: js, viewport: { width, height: 740 } });
    const p = await ctx.newPage();
    await p.goto(link);
    await p.screenshot({ path: `${dir}/answer-${js ? "js" : "nojs"}-${width}.png`, fullPage: true });
    if (!js) {
      await p.getByRole("button", { name: "Send svarene" }).click();
      await p.screenshot({ path: `${dir}/answer-nojs-errors-${width}.png`, fullPage: true });
      const groups = p.getByRole("group", { name: /^Påstand \d av 7/ });
      for (let i = 0; i < 7; i++) await groups.nth(i).getByRole("radio").nth(4).check();
      await p.getByRole("button", { name: "Send svarene" }).click();
      await p.screenshot({ path: `${dir}/answer-nojs-thanks-${width}.png`, fullPage: true });
    }
    await ctx.close();
  }
  const owner = await browser.newContext({ baseURL: server.url });
  const op = await owner.newPage();
  await signIn(op, "programeier@demo.example");
  for (const width of [1280, 360]) {
    await op.setViewportSize({ width, height: 900 });
    await visit(op, "/admin/cohorts/1/outcomes");
    await op.screenshot({ path: `${dir}/outcomes-${width}.png`, fullPage: true });
  }
  await owner.close();
});
