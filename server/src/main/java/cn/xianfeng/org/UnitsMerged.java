package cn.xianfeng.org;

/**
 * The bureau merged a duplicate unit into another. Published inside the merge's transaction: features that refer to
 * units repoint their references in the same transaction (a plain, synchronous listener).
 */
public record UnitsMerged(long duplicateId, long survivorId) {
}
