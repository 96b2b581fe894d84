/**
 * XLSX fixtures built with ExcelJS (no binary files in the repository): the Mercado Libre
 * "Excel de ventas" as the platform writes it, shared by the report, actuals and CLI tests.
 */
import ExcelJS from "exceljs";

export async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The Excel de ventas as Mercado Libre writes it: sheet `Ventas MX`, title rows, header on row 6. */
export async function mercadoLibreVentas(): Promise<Uint8Array> {
  return xlsx((wb) => {
    wb.addWorksheet("Resumen").addRow(["Resumen de ventas"]);
    const ws = wb.addWorksheet("Ventas MX");
    ws.addRow(["Ventas"]);
    ws.addRow(["Período: 1 de octubre de 2026 a 30 de noviembre de 2026"]);
    ws.addRow([]);
    ws.addRow(["Ventas", null, null, null, "Facturación"]);
    ws.addRow([]);
    ws.addRow([
      "# de venta",
      "Fecha de venta",
      "Estado",
      "Descripción del estado",
      "Unidades",
      "Ingresos por productos (MXN)",
      "Cargo por venta e impuestos (MXN)",
      "Costos de envío (MXN)",
      "Anulaciones y reembolsos (MXN)",
      "Total (MXN)",
      "Venta por publicidad",
      "SKU",
      "Estado",
      "Unidades",
      "Unidades",
    ]);
    // sale 1: a plain sale, advertised; the second Estado/Unidades are the shipment's and must be ignored
    ws.addRow([
      "2000001",
      "3 de noviembre de 2026 14:05 hs.",
      "Entregado",
      "",
      2,
      1160,
      -174,
      -90,
      null,
      896,
      "Sí",
      "MUG-BLUE",
      "Entregado",
      99,
      77,
    ]);
    // sale 2: a pack; the parent carries the money, its Unidades (3) do not count
    ws.addRow([
      "2000002",
      "10 de noviembre de 2026 09:00 hs.",
      "Paquete de 2 productos",
      "",
      3,
      580,
      -87,
      0,
      null,
      493,
      "No",
      "",
      "",
      null,
      null,
    ]);
    ws.addRow(["2000003", "", "Entregado", "", 1, null, null, null, null, null, "", "MUG-RED", "Entregado", 1, 1]);
    ws.addRow(["2000004", "", "Entregado", "", 2, null, null, null, null, null, "", "LID-01", "Entregado", 2, 2]);
    ws.addRow([]); // a blank row: not counted
    // sale 3: cancelled and refunded in full
    ws.addRow([
      "2000005",
      "15 de noviembre de 2026 18:30 hs.",
      "Cancelada por el comprador",
      "",
      1,
      348,
      0,
      0,
      -348,
      0,
      "No",
      "MUG-BLUE",
    ]);
    // sale 4: October
    ws.addRow([
      "2000006",
      "28 de octubre de 2026 10:00 hs.",
      "Entregado",
      "",
      1,
      "$116.00",
      "-$17.40",
      0,
      null,
      "98.60",
      "Sí",
      "MUG-RED",
    ]);
  });
}
