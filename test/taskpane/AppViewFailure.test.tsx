/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { FUNCTIONS, fakeHost } from "./fakeHost";

// The Review view's chunk cannot be loaded (as when the network drops it).
jest.mock("../../src/taskpane/views/ReviewView", () => {
  throw new Error("Loading chunk view-review failed");
});

test("a view that fails to load shows why in its panel; the rest of the pane keeps working", async () => {
  const quiet = jest.spyOn(console, "error").mockImplementation(() => {});
  render(
    <FluentProvider theme={webLightTheme}>
      <App lang="en-US" inOffice host={fakeHost()} loadFunctions={async () => FUNCTIONS} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("tab", { name: "Review" }));
  expect((await screen.findByRole("alert")).textContent).toBe(
    "This view could not load: Loading chunk view-review failed. Close and reopen the pane to try again.",
  );
  fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
  expect(await screen.findByRole("button", { name: "Save to workbook" })).toBeTruthy();
  quiet.mockRestore();
});
