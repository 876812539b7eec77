import { addons } from 'storybook/manager-api';

addons.setConfig({
  // Storybook 10.6's zoom tool renders a popover without an accessible name and logs a deprecation
  // warning on every load; the canvas is the page's width (the embed builder has a width choice).
  toolbar: { zoom: { hidden: true } },
});
