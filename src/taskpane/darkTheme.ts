/** The dark Fluent theme, loaded only when Office paints the pane dark (see index.tsx). */
export { webDarkTheme } from "@fluentui/react-components";
