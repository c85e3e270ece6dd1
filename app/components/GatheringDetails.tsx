import { useTranslation } from "react-i18next";

import { ReflectionText } from "~/components/journal/ReflectionText";

/**
 * The samling's online link, agenda and practical information as participants read them. The owner's
 * page shows the same block inside its own section, so the heading level is the caller's to set.
 */
export function GatheringDetails({
  gathering,
  headingLevel,
}: {
  gathering: { onlineUrl: string; agenda: string; practical: string };
  headingLevel: 3 | 4;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <>
      {gathering.onlineUrl ? (
        <p>
          {t("gatherings.onlineLink")}: <a href={gathering.onlineUrl}>{gathering.onlineUrl}</a>
        </p>
      ) : null}
      {gathering.agenda ? (
        <>
          <Heading>{t("gatherings.agendaTitle")}</Heading>
          <ReflectionText text={gathering.agenda} />
        </>
      ) : null}
      {gathering.practical ? (
        <>
          <Heading>{t("gatherings.practicalTitle")}</Heading>
          <ReflectionText text={gathering.practical} />
        </>
      ) : null}
    </>
  );
}
