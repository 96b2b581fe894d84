import * as React from "react";
import { Body1, Caption1, Title2, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../core/types";
import { SHELL_MESSAGES } from "./messages";

export interface AppProps {
  lang: Lang;
  /** False when the page runs in a plain browser (no Excel host): the views then render read-only. */
  inOffice: boolean;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

/** Task pane shell; the region/role pickers and scorecard views arrive in a later issue. */
export function App({ lang, inOffice }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const text = SHELL_MESSAGES[lang];
  return (
    <main className={styles.root}>
      <Title2 as="h1">{text.title}</Title2>
      <Body1>{text.subtitle}</Body1>
      {inOffice ? null : <Caption1 role="note">{text.outsideOffice}</Caption1>}
    </main>
  );
}
