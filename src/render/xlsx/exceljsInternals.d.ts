/**
 * The few ExcelJS 4.4 modules the streaming writer (streamXlsx.ts) uses beyond the public API: the
 * xforms that render a table part, the workbook part and [Content_Types].xml. ExcelJS's own writers
 * call them the same way; only the methods used here are declared.
 */
declare module "exceljs/lib/xlsx/xform/table/table-xform" {
  export default class TableXform {
    prepare(model: object, options: object): void;
    toXml(model: object): string;
  }
}

declare module "exceljs/lib/xlsx/xform/book/workbook-xform" {
  export default class WorkbookXform {
    prepare(model: object): void;
    toXml(model: object): string;
  }
}

declare module "exceljs/lib/xlsx/xform/core/content-types-xform" {
  export default class ContentTypesXform {
    toXml(model: object): string;
  }
}
