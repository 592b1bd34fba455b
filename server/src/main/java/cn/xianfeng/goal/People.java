package cn.xianfeng.goal;

import cn.xianfeng.auth.MemberDirectory;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Members as the goal views show them, many at once. */
@Component
class People {

    private final MemberDirectory members;

    People(MemberDirectory members) {
        this.members = members;
    }

    /** One query for any number; a user who no longer exists is shown as "成员" with their id. */
    Map<Long, Person> of(Collection<Long> userIds) {
        Map<Long, Person> found = new HashMap<>();
        members.findAll(userIds).forEach((id, m) -> found.put(id,
                new Person(String.valueOf(id), m.displayName(), m.avatarUrl())));
        for (Long id : userIds) {
            found.computeIfAbsent(id, missing -> new Person(String.valueOf(missing), "成员" + missing, null));
        }
        return found;
    }
}
