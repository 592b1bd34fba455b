package cn.xianfeng.briefing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import cn.xianfeng.support.ApiClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The policy assistant's test corpus: briefings written for the tests ({@code assistant/briefings.json}, each with a
 * key) and questions phrased as members ask them, each with the key of the briefing that answers it
 * ({@code assistant/questions.json}).
 */
public final class PolicyCorpus {

    public record Briefing(String key, String category, String title, String summary, String body, String applyDeadline) {
    }

    public record Question(String question, String source) {
    }

    private PolicyCorpus() {
    }

    public static List<Briefing> briefings() {
        return read("/assistant/briefings.json", new TypeReference<>() {
        });
    }

    public static List<Question> questions() {
        return read("/assistant/questions.json", new TypeReference<>() {
        });
    }

    public static Briefing briefing(String key) {
        return briefings().stream().filter(b -> b.key().equals(key)).findFirst().orElseThrow();
    }

    /**
     * Creates the briefing through the admin API and publishes it to these co-buildings' members; its id. The
     * token's admin must be allowed to manage briefings.
     */
    public static String publish(ApiClient api, String adminToken, Briefing briefing, List<String> cobuildingIds) {
        Map<String, Object> request = new HashMap<>();
        request.put("title", briefing.title());
        request.put("category", briefing.category());
        request.put("summary", briefing.summary());
        request.put("body", briefing.body());
        request.put("applyDeadline", briefing.applyDeadline());
        request.put("targeting", Map.of("scope", "COBUILDINGS", "cobuildingIds", cobuildingIds));
        ApiClient.Reply created = api.post("/api/admin/briefings", request, adminToken);
        if (created.status() != 201) {
            throw new IllegalStateException("create failed: " + created);
        }
        String id = created.json().path("id").asString();
        ApiClient.Reply published = api.post("/api/admin/briefings/" + id + "/publish", Map.of(), adminToken);
        if (published.status() != 200) {
            throw new IllegalStateException("publish failed: " + published);
        }
        return id;
    }

    private static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = PolicyCorpus.class.getResourceAsStream(resource)) {
            return JsonMapper.builder().build().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
