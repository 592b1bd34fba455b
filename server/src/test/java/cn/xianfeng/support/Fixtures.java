package cn.xianfeng.support;

import cn.xianfeng.admin.AdminRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the people and paperwork that co-building tests start from, through the real API where it can. */
public final class Fixtures {

    private final ApiClient api;
    private final AdminAccounts admins;

    public Fixtures(ApiClient api, AdminAccounts admins) {
        this.api = api;
        this.admins = admins;
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new mini-program user; returns their token. */
    public String member() {
        return api.memberToken(unique("dev-"));
    }

    public String userId(String token) {
        return api.get("/api/mp/me", token).json().path("id").asString();
    }

    public String superAdmin() {
        return admins.superToken();
    }

    /** A new admin account with one role, made by the super admin and logged in: its token. */
    public String admin(String role) {
        return admins.create(AdminRole.valueOf(role)).token();
    }

    public String adminId(String token) {
        return api.get("/api/admin/me", token).json().path("id").asString();
    }

    /** A complete joint application form: one lead unit, {@code partners} partner units, all five goals. */
    public static Map<String, Object> jointForm(String leadName, int partners) {
        Map<String, Object> form = new HashMap<>();
        form.put("mode", partners > 0 ? "JOINT" : "SOLO");
        form.put("lead", unit(leadName, "UNIVERSITY"));
        List<Map<String, Object>> partnerList = new ArrayList<>();
        for (int i = 0; i < partners; i++) {
            Map<String, Object> partner = unit(leadName + "合作企业" + i, "ENTERPRISE");
            partner.put("liaisonName", "联络员" + i);
            partner.put("liaisonPhone", "1380000000" + i);
            partnerList.add(partner);
        }
        form.put("partners", partnerList);
        form.put("pioneer", new HashMap<>(Map.of("name", "王先锋", "title", "党委书记", "phone", "13900000000",
                "partyMember", true)));
        List<Map<String, Object>> goals = new ArrayList<>();
        for (String category : List.of("BASE", "PROBLEMS", "LEADERS", "TALENT", "ACHIEVEMENTS")) {
            goals.add(new HashMap<>(Map.of("category", category, "title", "目标" + category,
                    "description", "围绕" + category + "开展共建", "targetDate", LocalDate.now().plusMonths(6).toString())));
        }
        form.put("goals", goals);
        form.put("motivation", "推动党建与科研深度融合");
        return form;
    }

    private static Map<String, Object> unit(String name, String type) {
        Map<String, Object> unit = new HashMap<>();
        unit.put("name", name);
        unit.put("type", type);
        unit.put("partyOrgName", name + "党委");
        unit.put("address", "科技路 1 号");
        return unit;
    }

    /** Creates and submits the form as the member; returns the application id. */
    public String submitted(String memberToken, Map<String, Object> form) {
        ApiClient.Reply created = api.post("/api/mp/applications", form, memberToken);
        if (created.status() != 201) {
            throw new IllegalStateException("create failed: " + created);
        }
        String id = created.json().path("id").asString();
        ApiClient.Reply submitted = api.post("/api/mp/applications/" + id + "/submit", null, memberToken);
        if (submitted.status() != 200) {
            throw new IllegalStateException("submit failed: " + submitted);
        }
        return id;
    }

    /** A co-building whose pioneer is {@code pioneerToken}'s user; returns its id. */
    public String cobuilding(String pioneerToken, int partners) {
        String applicationId = submitted(pioneerToken, jointForm(unique("先锋大学"), partners));
        ApiClient.Reply approved = api.post("/api/admin/applications/" + applicationId + "/approve", Map.of(),
                superAdmin());
        if (approved.status() != 200) {
            throw new IllegalStateException("approve failed: " + approved);
        }
        return approved.json().path("cobuildingId").asString();
    }

    /** The id of the co-building's unit with this role (the first one). */
    public String unitOf(String pioneerToken, String cobuildingId, String role) {
        for (var unit : api.get("/api/mp/cobuildings/" + cobuildingId, pioneerToken).json().path("units")) {
            if (role.equals(unit.path("role").asString())) {
                return unit.path("id").asString();
            }
        }
        throw new IllegalStateException("no " + role + " unit");
    }

    /** Invites and joins: the new member's token. */
    public String joined(String pioneerToken, String cobuildingId, String role, String unitId) {
        String code = invitation(pioneerToken, cobuildingId, role, unitId, 1);
        String token = member();
        ApiClient.Reply joined = api.post("/api/mp/invitations/join", Map.of("code", code), token);
        if (joined.status() != 200) {
            throw new IllegalStateException("join failed: " + joined);
        }
        return token;
    }

    public String invitation(String pioneerToken, String cobuildingId, String role, String unitId, int maxUses) {
        ApiClient.Reply reply = api.post("/api/mp/cobuildings/" + cobuildingId + "/invitations",
                Map.of("role", role, "unitId", unitId, "maxUses", maxUses), pioneerToken);
        if (reply.status() != 201) {
            throw new IllegalStateException("invite failed: " + reply);
        }
        return reply.json().path("code").asString();
    }
}
