// Old embed and download addresses forwarded by the not-found page's script.
import { describe, expect, it } from "vitest";
import {
  forwardedAddress,
  movedPlaceAddress,
  placeEmbedId,
  type MovedPlaces,
} from "../../../src/lib/embed/legacy.ts";

const TOPICS = ["volunteer", "care"];

describe("forwardedAddress", () => {
  it("sends a place's old topic-chart embed to its place's embed page", () => {
    expect(forwardedAddress("/embed/region-haidian-volunteer/", "?theme=dark", "/", TOPICS)).toBe(
      "/embed/place/haidian/?theme=dark#region-haidian-volunteer",
    );
  });

  it("sends an old sub-place comparison embed to its parent's embed page, keeping the query", () => {
    expect(
      forwardedAddress("/embed/metric-volunteer-teams-in-xiamen/", "?theme=light", "/", TOPICS),
    ).toBe("/embed/in/xiamen/?theme=light#metric-volunteer-teams-in-xiamen");
  });

  it("splits at the last -in-, so a measure id may hold one", () => {
    expect(
      forwardedAddress("/atlas/embed/metric-people-in-need-in-p01-c02", "", "/atlas/", TOPICS),
    ).toBe("/atlas/embed/in/p01-c02/#metric-people-in-need-in-p01-c02");
  });

  it("sends an old comparison CSV to the parent's CSV and its SVG sheet to the chart", () => {
    expect(forwardedAddress("/charts/metric-volunteer-teams-in-xiamen.csv", "", "/", TOPICS)).toBe(
      "/charts/in-xiamen.csv",
    );
    expect(forwardedAddress("/charts/metric-volunteer-teams-in-xiamen.svg", "", "/", TOPICS)).toBe(
      "/embed/in/xiamen/#metric-volunteer-teams-in-xiamen",
    );
  });

  it("leaves other missing addresses alone, and addresses outside the base path", () => {
    expect(forwardedAddress("/embed/metric-volunteer-teams/", "", "/", TOPICS)).toBeUndefined();
    expect(forwardedAddress("/regions/nowhere/", "", "/", TOPICS)).toBeUndefined();
    expect(forwardedAddress("/embed/region-haidian-sport/", "", "/", TOPICS)).toBeUndefined();
    expect(
      forwardedAddress("/embed/metric-volunteer-teams-in-xiamen/", "", "/atlas/", TOPICS),
    ).toBeUndefined();
  });
});

describe("movedPlaceAddress", () => {
  const moved = { "p-c1": ["p", { care: 2 }] } as MovedPlaces;

  it("reads a place embed page's id", () => {
    expect(placeEmbedId("/atlas/embed/place/p-c1/", "/atlas/")).toBe("p-c1");
    expect(placeEmbedId("/atlas/embed/place/p-c1/x/", "/atlas/")).toBeUndefined();
    expect(placeEmbedId("/embed/in/p/", "/")).toBeUndefined();
  });

  it("sends a sibling-compared place's chart to its parent's page holding the topic", () => {
    expect(
      movedPlaceAddress("p-c1", "?theme=dark", "#region-p-c1-volunteer", "/", moved, TOPICS),
    ).toBe("/embed/in/p/?theme=dark#region-p-c1-volunteer");
    expect(movedPlaceAddress("p-c1", "", "#region-p-c1-care", "/atlas/", moved, TOPICS)).toBe(
      "/atlas/embed/in/p/2/#region-p-c1-care",
    );
  });

  it("turns ?chart=<topic> into the target, and goes to page 1 when nothing is named", () => {
    expect(movedPlaceAddress("p-c1", "?chart=care", "", "/", moved, TOPICS)).toBe(
      "/embed/in/p/2/?chart=care#region-p-c1-care",
    );
    expect(movedPlaceAddress("p-c1", "", "", "/", moved, TOPICS)).toBe("/embed/in/p/");
  });

  it("leaves a place that keeps its embed page alone", () => {
    expect(movedPlaceAddress("haidian", "", "", "/", moved, TOPICS)).toBeUndefined();
    expect(movedPlaceAddress("toString", "", "", "/", moved, TOPICS)).toBeUndefined();
  });
});
