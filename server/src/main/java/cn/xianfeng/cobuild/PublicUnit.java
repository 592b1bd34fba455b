package cn.xianfeng.cobuild;

/** A unit still in a co-building, by name and part, as the public board shows it. */
public record PublicUnit(String name, UnitRole role) {
}
