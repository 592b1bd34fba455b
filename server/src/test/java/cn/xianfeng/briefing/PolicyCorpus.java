package cn.xianfeng.briefing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The policy assistant's test corpus: briefings written for the tests ({@code assistant/briefings.json}, each with a
 * key) and questions phrased as members ask them, each with the key of the briefing that answers it
 * ({@code assistant/questions.json}).
 */
final class PolicyCorpus {

    record Briefing(String key, String category, String title, String summary, String body, String applyDeadline) {
    }

    record Question(String question, String source) {
    }

    private PolicyCorpus() {
    }

    static List<Briefing> briefings() {
        return read("/assistant/briefings.json", new TypeReference<>() {
        });
    }

    static List<Question> questions() {
        return read("/assistant/questions.json", new TypeReference<>() {
        });
    }

    private static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = PolicyCorpus.class.getResourceAsStream(resource)) {
            return JsonMapper.builder().build().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
