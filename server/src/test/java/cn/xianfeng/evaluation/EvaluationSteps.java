package cn.xianfeng.evaluation;

import cn.xianfeng.support.ApiClient;
import cn.xianfeng.support.ApiClient.Reply;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Rounds, scores and verdicts made through the API, for the evaluation tests. */
final class EvaluationSteps {

    static final String ROUNDS = "/api/admin/evaluation/rounds";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ApiClient api;

    EvaluationSteps(ApiClient api) {
        this.api = api;
    }

    static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    /** The round whose half-year is running now: what is done today counts in its period. */
    static Map<String, Object> currentRound() {
        LocalDate today = today();
        int month = today.getMonthValue();
        if (month >= 3 && month <= 8) {
            return round(today.getYear(), "SEPTEMBER");
        }
        return round(month >= 9 ? today.getYear() + 1 : today.getYear(), "MARCH");
    }

    static Map<String, Object> round(int year, String term) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", year);
        body.put("term", term);
        return body;
    }

    /** Creates the round; its id. */
    String created(Map<String, Object> body, String token) {
        Reply reply = api.post(ROUNDS, body, token);
        if (reply.status() != 201) {
            throw new IllegalStateException("round creation failed: " + reply);
        }
        return reply.json().path("id").asString();
    }

    /** A created and opened round with the default criteria; its id. */
    String opened(Map<String, Object> body, String token) {
        String id = created(body, token);
        Reply opened = api.post(ROUNDS + "/" + id + "/open", null, token);
        if (opened.status() != 200) {
            throw new IllegalStateException("open failed: " + opened);
        }
        return id;
    }

    static Map<String, Object> criterion(String code, String name, int weight, int maxScore) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("code", code);
        c.put("name", name);
        c.put("weight", weight);
        c.put("maxScore", maxScore);
        return c;
    }

    /** A scores body: criterion code, score, criterion code, score … */
    static Map<String, Object> scores(String comment, Object... codeAndScore) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < codeAndScore.length; i += 2) {
            list.add(Map.of("criterion", codeAndScore[i], "score", codeAndScore[i + 1]));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("scores", list);
        body.put("comment", comment);
        return body;
    }

    Reply score(String roundId, String cobuildingId, Map<String, Object> body, String token) {
        return api.put(ROUNDS + "/" + roundId + "/cobuildings/" + cobuildingId + "/scores", body, token);
    }

    Reply verdict(String roundId, String cobuildingId, String verdict, LocalDate deadline, String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("verdict", verdict);
        body.put("deadline", deadline == null ? null : deadline.toString());
        body.put("note", verdict + " 说明");
        return api.put(ROUNDS + "/" + roundId + "/cobuildings/" + cobuildingId + "/verdict", body, token);
    }

    JsonNode view(String roundId, String token) {
        return api.get(ROUNDS + "/" + roundId, token).json();
    }

    /** The ids of the round's participants, from its progress. */
    List<String> participants(String roundId, String token) {
        List<String> ids = new ArrayList<>();
        view(roundId, token).path("progress").path("cobuildings").forEach(c -> ids.add(c.path("cobuildingId")
                .asString()));
        return ids;
    }

    /** KEEP for every participant not in {@code decided}: the rounds of a test run take in everyone's co-buildings. */
    void keepTheOthers(String roundId, Map<String, ?> decided, String token) {
        for (String id : participants(roundId, token)) {
            if (!decided.containsKey(id)) {
                Reply kept = verdict(roundId, id, "KEEP", null, token);
                if (kept.status() != 200) {
                    throw new IllegalStateException("verdict failed: " + kept);
                }
            }
        }
    }

    static JsonNode row(JsonNode sheet, String cobuildingId) {
        for (JsonNode row : sheet.path("rows")) {
            if (row.path("cobuildingId").asString().equals(cobuildingId)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + cobuildingId);
    }

    static BigDecimal decimal(JsonNode node) {
        return node.decimalValue();
    }
}
