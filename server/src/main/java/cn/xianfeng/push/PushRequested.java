package cn.xianfeng.push;

import java.util.List;
import java.util.Map;

/**
 * Ask for a subscribe message to each of these members. refId + scene + userId is the dedupe key: the same request
 * never reaches a person twice. values: logical field values (e.g. "title", "time", "deadline", "note", "name",
 * "status"); configuration maps each template key (thing1, time2 …) to one of them. pageQuery: appended to the
 * scene's configured page (e.g. "id=12").
 */
public record PushRequested(PushScene scene, String refId, List<Long> userIds, Map<String, String> values,
        String pageQuery) {

    public PushRequested {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}
