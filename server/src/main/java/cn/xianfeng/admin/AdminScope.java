package cn.xianfeng.admin;

/**
 * What a permission lets this admin reach: everything of its kind ({@link #seesAll()}), or only the co-buildings
 * whose bureau liaison they are ({@link #liaisonId()}).
 */
public record AdminScope(long adminId, boolean seesAll) {

    /** The liaison whose co-buildings alone are in reach when the scope does not see all: the admin themself. */
    public long liaisonId() {
        return adminId;
    }

    /** Whether a co-building with this bureau liaison (null: none) is in reach. */
    public boolean reaches(Long bureauLiaisonId) {
        return seesAll || Long.valueOf(adminId).equals(bureauLiaisonId);
    }
}
