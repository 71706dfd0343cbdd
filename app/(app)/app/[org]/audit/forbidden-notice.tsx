import { Card } from "@/components/ui/card";
import type { Translate } from "@/lib/i18n/translate";

export function ForbiddenNotice({ t }: { t: Translate }) {
  return (
    <Card className="p-6" role="alert">
      <h1 className="text-lg font-semibold">{t("audit.forbiddenTitle")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("audit.forbiddenBody")}</p>
    </Card>
  );
}
