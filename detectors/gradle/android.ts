/**
 * Android API levels and the Android release each one shipped with (API 34 is Android 14).
 * Levels without a release number of their own (20, the wearables' 4.4W; 32, Android 12L) are left out.
 */
const RELEASES: Record<number, string> = {
  14: "4.0", 15: "4.0.3", 16: "4.1", 17: "4.2", 18: "4.3", 19: "4.4",
  21: "5.0", 22: "5.1", 23: "6.0", 24: "7.0", 25: "7.1", 26: "8.0", 27: "8.1", 28: "9.0",
  29: "10.0", 30: "11.0", 31: "12.0", 33: "13.0", 34: "14.0", 35: "15.0", 36: "16.0",
};

/**
 * The Android SDK and Android OS releases a compileSdk gives, written as the site writes them:
 * `compileSdk 34` is Android SDK "34.0" and Android OS "14.0". Undefined parts when the value
 * is no plain API level (`android-34`, an unresolved variable, a preview's code name).
 */
export function androidReleases(compileSdk: string | undefined): { sdk?: string; os?: string } {
  const level = compileSdk && /^\d+$/.test(compileSdk.trim()) ? Number(compileSdk.trim()) : undefined;
  if (level === undefined) return {};
  return { sdk: `${level}.0`, os: RELEASES[level] };
}
