import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { WeekHeading } from "~/components/WeekHeading";
import { requireParticipant } from "~/utils/auth.server";
import { PROGRAMME_WEEKS } from "~/utils/programme-time";

export const meta: MetaFunction = () => [{ title: "Min uke · Lederprogrammet" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const { cohort, organisation, clock } = participation;
  return { name: user.name, cohort: { name: cohort.name, startDate: cohort.startDate, organisation }, clock };
}

export default function MyWeek() {
  const { t } = useTranslation();
  const { name, cohort, clock } = useLoaderData<typeof loader>();
  const weeksDone = clock.phase === "before" ? 0 : clock.phase === "ended" ? PROGRAMME_WEEKS : clock.currentWeek;
  return (
    <section className="page" aria-labelledby="home-title">
      <p className="eyebrow">{t("home.cohort", { cohort: cohort.name, organisation: cohort.organisation })}</p>
      <h1 id="home-title">{t("home.greeting", { name })}</h1>
      <WeekHeading clock={clock} startDate={cohort.startDate} />
      <div className="progress">
        <label htmlFor="programme-progress">{t("home.progressLabel")}</label>
        <progress id="programme-progress" max={PROGRAMME_WEEKS} value={weeksDone}>
          {t("home.progressText", { week: weeksDone, total: PROGRAMME_WEEKS })}
        </progress>
        <span className="progress__text">{t("home.progressText", { week: weeksDone, total: PROGRAMME_WEEKS })}</span>
      </div>
    </section>
  );
}
