import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";

import { AppShell } from "./components/layout/AppShell";
import { ErrorPage } from "./components/layout/ErrorPage";
import { useNonce } from "./components/nonce";
import { ownsAnything } from "./models/cohort.server";
import { unreadCount } from "./models/notice.server";
import stylesHref from "./styles/app.css";
import { getUser, participationOf } from "./utils/auth.server";
import { i18next } from "./utils/i18n.server";
import { pageTitle } from "./utils/page-title";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.ico", sizes: "any" },
];

// Every page sets its own title; this one shows on error pages.
export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "app.name")[0]!.title.split(" · ")[0] }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const locale = user?.locale ?? ((await i18next.getLocale(request)) as "nb" | "nn" | "en");
  const roles = user ? { participant: !!participationOf(request, user), owner: ownsAnything(user), admin: user.isAdmin } : null;
  return { locale, user: user ? { name: user.name, email: user.email, unread: unreadCount(user.id) } : null, roles };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale = data?.locale ?? "nb";
  const nonce = useNonce();
  useChangeLanguage(locale);
  // Lets browser tests know the page is interactive (also on error pages).
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <AppShell>
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  return (
    <AppShell>
      <ErrorPage error={error} t={t} />
    </AppShell>
  );
}
