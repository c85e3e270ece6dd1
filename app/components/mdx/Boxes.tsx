import { useId } from "react";

import { useContentContext } from "./context";

function Box({ kind, tittel, children }: { kind: "fakta" | "modell" | "prov"; tittel: string; children?: React.ReactNode }) {
  const { t } = useContentContext();
  const id = `box-${useId().replace(/:/g, "")}`;
  return (
    <aside className={`content-box content-box--${kind}`} aria-labelledby={id}>
      <p className="content-box__kind">{t(`content.box.${kind}`)}</p>
      <h3 id={id} className="content-box__title">
        {tittel}
      </h3>
      {children}
    </aside>
  );
}

export const Faktaboks = ({ tittel, children }: { tittel: string; children?: React.ReactNode }) => (
  <Box kind="fakta" tittel={tittel}>
    {children}
  </Box>
);

export const Modell = ({ tittel, children }: { tittel: string; children?: React.ReactNode }) => (
  <Box kind="modell" tittel={tittel}>
    {children}
  </Box>
);

export const ProvDette = ({ tittel, children }: { tittel: string; children?: React.ReactNode }) => (
  <Box kind="prov" tittel={tittel}>
    {children}
  </Box>
);
