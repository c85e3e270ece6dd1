import { useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * The success message after a form that redirected with ?saved=<key> (post/redirect/get, so a
 * reload does not post again). Announced to screen readers.
 */
export function SavedNotice({ keys, prefix }: { keys: string[]; prefix: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const saved = params.get("saved");
  if (!saved || !keys.includes(saved)) return null;
  return (
    <p className="notice notice--success" role="status">
      {t(`${prefix}.${saved}`)}
    </p>
  );
}
