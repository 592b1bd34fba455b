/**
 * The unit database (创新主体库): universities, institutes and enterprises that take part, deduplicated by their
 * unified social credit code. Other features use {@link cn.xianfeng.org.UnitDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Units",
        allowedDependencies = {"admin", "shared"})
package cn.xianfeng.org;
