/**
 * How the server finds its infrastructure: the embedded MariaDB and Redis of the default run, the per-run test
 * database, and the production check that refuses to start without its environment.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Runtime",
        allowedDependencies = {})
package cn.xianfeng.runtime;
