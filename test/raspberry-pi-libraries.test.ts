import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Libraries written for the Raspberry Pi's own hardware name the board, as RPi.GPIO and gpiozero
// do, each at its own release (not the board's), and stay package entries.
const opts = { git: false } as const;

describe("Raspberry Pi hardware libraries", () => {
  it("PyPI: the camera libraries, pigpio, rpi-lgpio, rpi_ws281x and sense-hat", async () => {
    for (const line of ["picamera2==0.3.17", "picamera==1.13", "pigpio==1.78", "rpi-lgpio==0.6", "rpi_ws281x==5.0.0", "sense-hat==2.6.0"]) {
      const { document } = await scan(new MemorySource({ "requirements.txt": `${line}\n` }), opts);
      const board = document.tools.find((t) => t.name === "Raspberry Pi");
      expect(board, line).toMatchObject({ detection_source: "requirements.txt" });
      expect(board?.version, line).toBeUndefined();
      expect(document.tools.some((t) => t.package_url?.startsWith("https://pypi.org/")), line).toBe(true);
    }
  });

  it("npm: rpio and pigpio", async () => {
    const pkg = JSON.stringify({ name: "doorbell", version: "1.0.0", dependencies: { rpio: "^2.4.2", pigpio: "^3.3.1" } });
    const { document } = await scan(new MemorySource({ "package.json": pkg }), opts);
    const board = document.tools.find((t) => t.name === "Raspberry Pi");
    expect(board).toMatchObject({ detection_source: "package.json" });
    expect(board?.version).toBeUndefined();
  });
});
