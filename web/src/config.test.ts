import { describe, expect, it } from "vitest";
import { parseConfig } from "./config";

describe("parseConfig", () => {
  it("takes the authority and client id, without a trailing slash", () => {
    expect(parseConfig({ authority: "http://localhost:8180/realms/ade/", clientId: "ade-frontend" })).toEqual({
      authority: "http://localhost:8180/realms/ade",
      clientId: "ade-frontend",
    });
  });

  it("names what is missing", () => {
    expect(() => parseConfig({ authority: "" })).toThrow("config.json lacks authority and clientId");
    expect(() => parseConfig(null)).toThrow(/lacks/);
  });
});
