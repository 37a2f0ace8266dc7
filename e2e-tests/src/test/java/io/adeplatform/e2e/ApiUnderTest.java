package io.adeplatform.e2e;

import java.util.List;

/** The running platform, a caller of its operations, and every operation its services' OpenAPI documents list. */
record ApiUnderTest(RunningPlatform platform, OperationCalls calls, List<ApiOperation> operations) {

    static ApiUnderTest start() {
        RunningPlatform platform = RunningPlatform.get();
        return new ApiUnderTest(platform, new OperationCalls(platform), ServiceDocuments.operations(platform));
    }
}
