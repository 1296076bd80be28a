package dev.scoop.config;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the effective configuration: the defaults of {@code conf/config.json} (carried in the
 * jar), then an optional file, then {@code SCOOP_*} environment variables. A key
 * {@code section.camelCase} is overridden by {@code SCOOP_SECTION_CAMEL_CASE}; list values
 * are comma-separated. Unknown keys and wrong types are refused with one message per key.
 */
public final class ConfigLoader {
  static final String PREFIX = "SCOOP_";

  private ConfigLoader() {}

  /** Loads defaults, then {@code file} (may be null), then {@code env}. */
  public static ScoopConfig load(Path file, Map<String, String> env) {
    JsonObject merged = defaults();
    List<String> errors = new ArrayList<>();
    if (file != null) {
      overlay(merged, readFile(file), errors);
    }
    applyEnv(merged, env, errors);
    if (!errors.isEmpty()) {
      throw new ConfigException(errors);
    }
    return ScoopConfig.from(merged);
  }

  /** The defaults shipped in the jar. */
  public static JsonObject defaults() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream("config.json")) {
      if (in == null) {
        throw new IllegalStateException("config.json missing from the classpath");
      }
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The environment variable that overrides {@code section.key}. */
  public static String envName(String section, String key) {
    return PREFIX + section.toUpperCase(Locale.ROOT) + "_" + key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static JsonObject readFile(Path file) {
    try {
      return new JsonObject(Files.readString(file));
    } catch (IOException e) {
      throw new ConfigException(List.of("cannot read " + file + ": " + e.getMessage()));
    } catch (DecodeException e) {
      throw new ConfigException(List.of(file + " is not a JSON object: " + e.getMessage()));
    }
  }

  private static void overlay(JsonObject target, JsonObject source, List<String> errors) {
    for (String section : source.fieldNames()) {
      JsonObject defaults = target.getJsonObject(section);
      Object values = source.getValue(section);
      if (defaults == null) {
        errors.add("unknown section '" + section + "'");
        continue;
      }
      if (!(values instanceof JsonObject)) {
        errors.add("'" + section + "' must be an object");
        continue;
      }
      for (String key : ((JsonObject) values).fieldNames()) {
        Object value = ((JsonObject) values).getValue(key);
        if (!defaults.containsKey(key)) {
          errors.add("unknown key '" + section + "." + key + "'");
        } else if (!sameType(defaults.getValue(key), value)) {
          errors.add("'" + section + "." + key + "' must be " + typeName(defaults.getValue(key)));
        } else {
          defaults.put(key, value);
        }
      }
    }
  }

  private static void applyEnv(JsonObject target, Map<String, String> env, List<String> errors) {
    for (Map.Entry<String, String> e : env.entrySet()) {
      if (!e.getKey().startsWith(PREFIX)) {
        continue;
      }
      if (!applyOne(target, e.getKey(), e.getValue(), errors)) {
        errors.add("unknown environment variable " + e.getKey());
      }
    }
  }

  private static boolean applyOne(JsonObject target, String name, String raw, List<String> errors) {
    for (String section : target.fieldNames()) {
      JsonObject values = target.getJsonObject(section);
      for (String key : values.fieldNames()) {
        if (envName(section, key).equals(name)) {
          Object parsed = parse(values.getValue(key), raw.trim());
          if (parsed == null) {
            errors.add(name + "='" + raw + "' must be " + typeName(values.getValue(key)));
          } else {
            values.put(key, parsed);
          }
          return true;
        }
      }
    }
    return false;
  }

  private static Object parse(Object template, String raw) {
    if (template instanceof Boolean) {
      return raw.equalsIgnoreCase("true") ? Boolean.TRUE : raw.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }
    if (template instanceof Number) {
      try {
        return Long.parseLong(raw);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (template instanceof JsonArray) {
      JsonArray list = new JsonArray();
      for (String part : raw.split(",")) {
        if (!part.isBlank()) {
          list.add(part.trim());
        }
      }
      return list;
    }
    return raw;
  }

  private static boolean sameType(Object a, Object b) {
    return a instanceof Number && b instanceof Number && !(b instanceof Double || b instanceof Float)
        || a instanceof Boolean && b instanceof Boolean
        || a instanceof String && b instanceof String
        || a instanceof JsonArray && b instanceof JsonArray;
  }

  private static String typeName(Object template) {
    if (template instanceof Boolean) {
      return "true or false";
    }
    if (template instanceof Number) {
      return "an integer";
    }
    if (template instanceof JsonArray) {
      return "a list (comma-separated in the environment)";
    }
    return "a string";
  }
}
