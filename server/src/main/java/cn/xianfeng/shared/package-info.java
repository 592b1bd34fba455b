/**
 * What every feature leans on: problem-detail errors, request ids, bearer-token plumbing. Small on purpose —
 * business rules never live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", allowedDependencies = {},
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.xianfeng.shared;
