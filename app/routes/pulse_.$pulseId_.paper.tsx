import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { InstrumentQuestions } from "~/components/instruments/InstrumentQuestions";
import { getOwnPulse } from "~/models/pulse.server";
import { parseId, requireParticipant } from "~/utils/auth.server";
import { getInstrument } from "~/utils/instruments.server";
import { pageTitle } from "~/utils/page-title";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "instruments.paper.heading")];

// The paper slip of a measurement, to print and hand out where the link cannot be used.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const pulse = getOwnPulse(user.id, participation, parseId(params.pulseId));
  if (!pulse) throw new Response("Not found", { status: 404 });
  return { instrument: getInstrument(pulse.instrument)! };
}

export default function PaperSlip() {
  const { t } = useTranslation();
  const { instrument } = useLoaderData<typeof loader>();
  return (
    <section className="page paper-slip" aria-labelledby="slip-title">
      <h1 id="slip-title">{instrument.title}</h1>
      <p>{instrument.intro}</p>
      <p>
        {t("instruments.paper.slipScale", {
          min: instrument.scale.min,
          minLabel: instrument.scale.minLabel,
          max: instrument.scale.max,
          maxLabel: instrument.scale.maxLabel,
        })}
      </p>
      <InstrumentQuestions instrument={instrument} mode="paper" />
      <p className="muted">{instrument.caveat}</p>
      <p className="muted">{t("instruments.paper.slipFoot")}</p>
    </section>
  );
}
