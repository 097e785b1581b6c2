package org.claimrecovery.documents;

import java.util.Map;

/** The name a document keeps: the uploader's file name without any path, safe to hand back in a download. */
final class FileNames {

  static final int MAX_LENGTH = 255;

  private static final Map<String, String> EXTENSIONS = Map.of(
      FileInspection.PDF, ".pdf", FileInspection.PNG, ".png", FileInspection.JPEG, ".jpg",
      FileInspection.TIFF, ".tif");

  private FileNames() {}

  static String sanitise(String original, String mediaType) {
    String name = original == null ? "" : original;
    // browsers send "C:\fakepath\x.pdf" or a bare name; some clients send a path of either kind
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    // control and invisible formatting characters (e.g. right-to-left override that disguises "fdp.exe")
    name = name.replaceAll("[\\p{Cc}\\p{Cf}]", "");
    name = name.replaceAll("[<>:\"|?*]", "_").strip();
    if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
      return "document" + EXTENSIONS.getOrDefault(mediaType, "");
    }
    return shortened(name);
  }

  private static String shortened(String name) {
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    int end = MAX_LENGTH - extension.length();
    if (Character.isHighSurrogate(name.charAt(end - 1))) {
      end--;
    }
    return name.substring(0, end) + extension;
  }
}
