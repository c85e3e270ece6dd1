import { Form, Link, NavLink, useLocation, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

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

export function AppShell({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<RootData>("root");
  const { t } = useTranslation();
  const location = useLocation();
  const here = location.pathname + location.search;
  const roles = data?.roles;
  const otherLocale = data?.locale === "en" ? "nb" : "en";
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
          <div className="site-header__tools">
            <Form method="post" action="/language" className="inline-form">
              <input type="hidden" name="locale" value={otherLocale} />
              <input type="hidden" name="redirectTo" value={here} />
              <button type="submit" className="link-button" lang={otherLocale}>
                {t("layout.switchLanguage")}
              </button>
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
        </div>
        {roles?.participant ? <NavList items={participantNav} label={t("layout.participantNav")} /> : null}
        {roles?.owner ? <NavList items={ownerNav.filter((i) => !i.adminOnly || roles.admin)} label={t("layout.ownerNav")} /> : null}
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
