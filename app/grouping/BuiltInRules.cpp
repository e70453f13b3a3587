#include "grouping/BuiltInRules.h"

namespace lookout {

// Provenance: a hand-written subset of the rules Sentry ships as its built-in stack-trace rule set
// for grouping config newstyle:2026-01-20 (getsentry/sentry,
// src/sentry/grouping/enhancer/enhancement-configs/all-platforms@2026-01-20.txt, read at commit
// 2813076c). We keep the rules in Sentry's rule language so hints can name them as Sentry does,
// but chose and ordered them ourselves: frame categories that later rules use, then the in-app
// and grouping rules of the platforms we see. Order matters: later rules override earlier ones.
QString builtInEnhancementRules()
{
    return QStringLiteral(R"RULES(
# --- categories (native) ---
family:native package:UIKit category=ui
family:native package:UIKitCore category=ui
family:native package:SwiftUI category=ui
family:native package:AttributeGraph category=ui
family:native package:CoreAutoLayout category=ui
family:native package:GraphicsServices category=ui
family:native function:"-[[]NSISEngine*" category=ui
family:native function:std::* category=std
family:native function:boost::* category=std
module:java.* category=std
family:native function:std::_* category=internals
family:native function:__swift_* category=internals
family:native function:block_destroy_helper* category=internals
family:native function:*_block_invoke* app:no category=internals
family:native function:_INTERNAL* category=internals
family:native function:closure category=internals
family:native function:range category=internals
family:native function:@callee_guaranteed category=internals
family:native function:Array.subscript.getter category=internals
family:native function:Array._getElement category=internals
family:native package:/usr/lib/system/** function:start category=threadbase
family:native package:libdyld.dylib function:start category=threadbase
family:native package:UIKitCore function:UIApplicationMain category=threadbase
family:native package:UIKit function:UIApplicationMain category=threadbase
family:native function:wWinMain category=threadbase
family:native function:invoke_main category=threadbase
family:native function:BaseThreadInitThunk category=threadbase
family:native function:RtlUserThreadStart category=threadbase
family:native function:thread_start category=threadbase
family:native function:_pthread_start category=threadbase
family:native function:__pthread_start category=threadbase
family:native function:_pthread_body category=threadbase
family:native function:_dispatch_worker_thread2 category=threadbase
family:native function:start_wqthread category=threadbase
family:native function:_pthread_wqthread category=threadbase
family:native function:boost::*::thread_proxy category=threadbase
module:java.util.concurrent.ThreadPoolExecutor* function:runWorker category=threadbase
module:android.os.Looper function:loop category=threadbase
module:android.app.ActivityThread function:main category=threadbase
family:native function:*::operator()* category=indirection
family:native function:*<lambda>* category=indirection
family:native function:__dynamic_cast category=indirection
family:native function:*.cold.1 category=indirection
module:java.lang.reflect.* category=indirection
family:native function:abort category=throw
family:native function:raise category=throw
family:native function:std::terminate category=throw
family:native function:_CxxThrowException category=throw
family:native function:RaiseException category=throw
family:native function:objc_exception_throw category=throw
family:native function:_CFThrowFormattedException category=throw
family:native function:_sigtramp category=handler
family:native function:crashpad::* category=telemetry
family:native package:libdispatch.dylib category=system
family:native package:CoreFoundation category=system
family:native package:Foundation category=system
family:native package:libobjc* category=system
family:native package:libsystem* category=system
family:native package:/usr/lib/** category=system
family:native function:RtlFreeHeap category=free
family:native function:RtlFreeUnicodeString category=free
family:native function:std::_Deallocate category=free
family:native function:free category=free
family:native function:objc_release category=free
family:native function:_swift_release_dealloc category=free
family:native function:_CFRelease category=free

# --- categories that depend on the neighbouring frames ---
[ category:throw ] | category:throw category=internals
family:native category:system function:_* !function:_purecall category=internals
family:native category:system function:"<unknown>" category=internals
[ !category:system ] | category:system | [ !category:system ] category=indirection
[ category:system ] | category:system category=internals
[ category:std ] | category:system category=internals
[ category:std ] | category:std category=internals
[ category:internals ] | category:system category=internals
[ category:throw ] | category:system category=internals
[ category:free ] | category:system category=internals
[ category:ui ] | category:ui category=internals
[ category:ui ] | category:system category=internals
[ category:internals ] | category:ui category=internals

# --- java frameworks ---
module:akka.* category=framework
module:com.fasterxml.* category=framework
module:com.microsoft.* category=framework
module:com.sun.* category=framework
module:io.opentelemetry.* category=framework
module:io.sentry.* category=framework -group
module:jdk.* category=framework
module:org.apache.* category=framework
module:org.glassfish.* category=framework
module:org.jboss.* category=framework
module:org.springframework.* category=framework
module:reactor.core.* category=framework
module:scala.* category=framework
module:sun.* category=framework

# --- native in-app locations ---
family:native package:/var/containers/Bundle/Application/** +app
family:native package:/private/var/containers/Bundle/Application/** +app
family:native package:**/Developer/CoreSimulator/Devices/** +app
family:native package:**/Containers/Bundle/Application/** +app
family:native package:**.app/Contents/** +app
family:native package:/Users/** +app

# --- unix system locations ---
package:/lib/** -app
package:/usr/lib/** -app
path:/usr/local/lib/** -app
path:/usr/local/Cellar/** -app
path:**/.local/share/** -app

# --- rust ---
family:native function:std::* -app
family:native function:core::* -app
family:native function:alloc::* -app
family:native function:__rust_* -app
family:native function:rust_begin_unwind -app
family:native function:std::panicking::begin_panic ^-group -group ^-app -app
family:native function:core::panicking::begin_panic ^-group -group ^-app -app
family:native function:std::panicking::panic_fmt ^-app -app
family:native function:core::panicking::panic_fmt ^-app -app

# --- C++ / Objective-C borders and crash reporters ---
family:native function:__cxa_throw ^-group -group ^-app -app
family:native function:__assert_rtn ^-group -group ^-app -app
family:native function:_NSRaiseError ^-group -group ^-app -app
family:native function:_mh_execute_header -group -app
family:native function:google_breakpad::* -app -group
family:native package:**/Frameworks/libswift*.dylib -app
family:native package:**/Frameworks/Sentry.framework/** -app
family:native function:kscm_* -app -group
family:native function:sentrycrashcm_* -app -group
family:native function:*sentrycrash_* -app -group
family:native function:"?[[]KSCrash*" -app -group
family:native function:"?[[]RNSentry*" -app -group
family:native function:"__*[[]Sentry*" -app -group
family:native function:"?[[]Sentry*" -app -group

# --- dart / flutter ---
family:native stack.package:/data/app/** stack.abs_path:**/*.dart +app
family:javascript stack.abs_path:org-dartlang-sdk:///** -app -group
family:javascript module:**/packages/flutter/** -app
family:native stack.abs_path:**/packages/flutter/** -app
stack.abs_path:package:sentry/** -app -group
stack.abs_path:package:sentry_flutter/** -app -group
stack.abs_path:package:sentry_logging/** -app -group
stack.abs_path:package:sentry_dio/** -app -group
stack.abs_path:package:sentry_file/** -app -group
stack.abs_path:package:sentry_hive/** -app -group
stack.abs_path:package:sentry_isar/** -app -group
stack.abs_path:package:sentry_sqflite/** -app -group
stack.abs_path:package:sentry_drift/** -app -group
stack.abs_path:package:sentry_link/** -app
stack.abs_path:package:sentry_firebase_remote_config/** -app
family:native stack.abs_path:**/.pub-cache/** -app

# --- categories turned into actions ---
category:throw ^-group -group ^-app -app
category:system -app
category:threadbase -group v-group
category:handler ^-group -group
category:telemetry -app -group
category:indirection -group
category:internals -app -group
category:threadbase v-group -group

# --- SDK and ecosystem locations ---
path:**/vendor/** -app
path:**/site-packages/** -app
path:**/dist-packages/** -app
path:**/node_modules/** -app
module:unpkg/** -app
path:**https://unpkg.com/** -app
path:**https://cdnjs.cloudflare.com/** -app
path:**https://cdn.jsdelivr.net/** -app
path:**https://esm.run/** -app
family:javascript function:reportError ^-app -app
module:@babel/** -app -group
module:core-js/** -app -group
module:regenerator-runtime/** -app -group
module:tslib/** -app -group
family:javascript function:_callSuper -app -group
function:runMicrotasks -app -group
function:queueMicrotask -app -group
function:processTicksAndRejections -app -group
function:runNextTicks -app -group
function:nextTick -app -group
path:**/go/pkg/mod/** -app
category:framework -app
module:kotlin.* -app
module:kotlinx.* -app
module:io.ktor.* -app
module:io.netty.* -app
module:newrelic -app -group
path:**/*newrelic*/** -app -group
path:**/*LogRocket*/** -app -group
)RULES");
}

} // namespace lookout
