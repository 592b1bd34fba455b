package cn.xianfeng.cobuild;

import cn.xianfeng.org.UnitType;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A co-building as its members and the bureau see it. {@code myRole} is the caller's role (null for the bureau);
 * {@code writable} is false once the co-building is withdrawn or delisted. {@code announcement} is the group's 群公告
 * (null when there is none).
 */
public record CobuildingView(
        String id,
        String name,
        CobuildingStatus status,
        LocalDate plaqueDate,
        String publicId,
        MemberRole myRole,
        boolean writable,
        List<UnitEntry> units,
        List<MemberGroup> memberGroups,
        BureauLiaison bureauLiaison,
        List<HistoryEntry> history,
        OffsetDateTime createdAt,
        String announcement) {

    public record UnitEntry(String id, String name, UnitType type, UnitRole role, OffsetDateTime joinedAt,
                            OffsetDateTime leftAt, String leftReason) {
    }

    public record MemberGroup(String unitId, String unitName, List<MemberEntry> members) {
    }

    public record MemberEntry(String userId, String displayName, String avatarUrl, MemberRole role) {
    }

    /**
     * 局共建联络员; the admin id is shown to the bureau only (members get the name, not the field). {@code vacant} (no admin id, the name "局联络员待指派")
     * while nobody is assigned: never yet, or since the last one lost the role or was disabled.
     */
    public record BureauLiaison(@JsonInclude(JsonInclude.Include.NON_NULL) String adminId, String displayName,
                                boolean vacant) {

        static final String VACANT_NAME = "局联络员待指派";

        static BureauLiaison assigned(String adminId, String displayName) {
            return new BureauLiaison(adminId, displayName, false);
        }

        static BureauLiaison vacancy() {
            return new BureauLiaison(null, VACANT_NAME, true);
        }

        /** Members see who follows them, not the admin id the bureau acts on. */
        BureauLiaison withoutId() {
            return new BureauLiaison(null, displayName, vacant);
        }
    }

    public record HistoryEntry(CobuildingStatus fromStatus, CobuildingStatus toStatus, String actorType,
                               String reason, OffsetDateTime at) {
    }
}
