import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { listNotices, markAllRead } from "~/models/notice.server";
import { requireUser } from "~/utils/auth.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, formatTime, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "notices.title")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { notices: listNotices(user.id, user.locale) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  markAllRead(user.id);
  throw redirect("/notices");
}

export default function Notices() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { notices } = useLoaderData<typeof loader>();
  const unread = notices.filter((n) => !n.readAt).length;
  return (
    <section className="page page--narrow" aria-labelledby="notices-title">
      <h1 id="notices-title">{t("notices.title")}</h1>
      {notices.length === 0 ? <p className="empty">{t("notices.empty")}</p> : null}
      {unread ? (
        <Form method="post">
          <button type="submit" className="button button--secondary">
            {t("notices.markAll")}
          </button>
        </Form>
      ) : null}
      <ol className="notice-list">
        {notices.map((n) => (
          <li key={n.id} className={n.readAt ? "notice-item" : "notice-item notice-item--unread"}>
            <Link to={`/notices/${n.id}`}>{n.title}</Link>
            <span className="muted">
              {" "}
              · {formatDate(new Date(n.createdAt), locale)} {formatTime(new Date(n.createdAt))}
              {n.readAt ? null : ` · ${t("notices.unread")}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
