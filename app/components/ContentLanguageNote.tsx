import { useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import type { RootData } from "~/root";

/** The programme's content is written in bokmål only: a reader of the nynorsk or English interface is told so where they meet it. */
export function ContentLanguageNote() {
  const { t } = useTranslation();
  const locale = useRouteLoaderData<RootData>("root")?.locale ?? "nb";
  if (locale === "nb") return null;
  return (
    <p className="content-language-note" lang={locale}>
      {t("content.writtenInBokmal")}
    </p>
  );
}
