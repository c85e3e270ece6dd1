import { Form, Link, NavLink, useLocation, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { supportedLngs } from "~/i18n";
import type { RootData } from "~/root";

import { type NavItem, ownerNav, participantNav } from "./nav";

function NavList({ items, label }: { items: NavItem[]; label: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={label} className="site-nav">
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} prefetch="intent">
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function HeaderTools({ data, here }: { data: RootData | undefined; here: string }) {
  const { t } = useTranslation();
  const current = data?.locale ?? "nb";
  return (
    <div className="site-header__tools">
      {/* One button per other language, each named in its own language so a reader finds theirs. */}
      <Form method="post" action="/language" className="inline-form language-switch" aria-label={t("layout.languageSwitch")}>
        <input type="hidden" name="redirectTo" value={here} />
        {supportedLngs
          .filter((l) => l !== current)
          .map((l) => (
            <button key={l} type="submit" name="locale" value={l} className="link-button" lang={l}>
              {t(`layout.languageName.${l}`)}
            </button>
          ))}
      </Form>
      {data?.user ? (
        <>
          <Link to="/notices" className="header-link">
            {data.user.unread ? t("layout.noticesUnread", { count: data.user.unread }) : t("layout.notices")}
          </Link>
          <Link to="/settings" className="header-link">
            {t("nav.settings")}
          </Link>
          <Form method="post" action="/logout" className="inline-form">
            <button type="submit" className="link-button">
              {t("layout.signOut")}
            </button>
          </Form>
        </>
      ) : null}
    </div>
  );
}

function Navs({ roles }: { roles: RootData["roles"] | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      {roles?.participant ? <NavList items={participantNav} label={t("layout.participantNav")} /> : null}
      {roles?.owner ? <NavList items={ownerNav.filter((i) => !i.adminOnly || roles.admin)} label={t("layout.ownerNav")} /> : null}
    </>
  );
}

/**
 * The header. Wide screens show the menu and the tools in the header itself; a phone shows the
 * name and one «Meny» button (a <details>, so it opens without JavaScript) and keeps the page's
 * first screen for the page. Only one of the two is displayed at a time, so only one is read out.
 */
export function AppShell({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<RootData>("root");
  const { t } = useTranslation();
  const location = useLocation();
  const here = location.pathname + location.search;
  const roles = data?.roles;
  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skipToContent")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            {t("app.name")}
          </Link>
          <div className="site-header__wide">
            <HeaderTools data={data} here={here} />
          </div>
          {/* A new page starts with the menu closed (the key), as it does without JavaScript. */}
          <details className="site-menu" key={location.pathname}>
            <summary className="site-menu__button">
              {t("layout.menu")}
              {data?.user?.unread ? (
                <span className="site-menu__count">
                  {data.user.unread}
                  <span className="visually-hidden"> {t("layout.menuUnread", { count: data.user.unread })}</span>
                </span>
              ) : null}
            </summary>
            <div className="site-menu__panel">
              <Navs roles={roles} />
              <HeaderTools data={data} here={here} />
            </div>
          </details>
        </div>
        <div className="site-header__wide">
          <Navs roles={roles} />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("layout.footer")}</p>
        <p>
          <Link to="/personvern">{t("layout.privacyLink")}</Link> · <Link to="/tilgjengelighet">{t("layout.a11yLink")}</Link>
        </p>
      </footer>
    </>
  );
}
