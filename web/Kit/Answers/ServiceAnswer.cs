namespace Employment.Web.Kit.Answers;

/// <summary>What a page got from one service: its answer, or what went wrong in words for people.</summary>
public sealed record ServiceAnswer<T>(T? Value, ServiceProblem? Problem)
    where T : class
{
    public static ServiceAnswer<T> Of(T value) => new(value, null);

    public static ServiceAnswer<T> Failed(ServiceProblem problem) => new(null, problem);
}

/// <summary>
/// Why a part of a page has no answer. <see cref="Unavailable"/>: the service is down, not routed
/// or too slow (the page says 服务暂不可用 and the rest of it still renders); otherwise the service
/// refused what was asked and <see cref="Message"/> is its reason, worded for the page's reader
/// (<see cref="Calls.RefusalWording"/>).
/// </summary>
public sealed record ServiceProblem(bool Unavailable, string ServiceZh, string Message)
{
    /// <summary>The service could not judge the request as things stand (FAILED_PRECONDITION: e.g. no product or rule in force there and then).</summary>
    public bool Precondition { get; init; }

    /// <summary>The service has no such record (NOT_FOUND: e.g. a withdrawn or unknown posting).</summary>
    public bool NotFound { get; init; }

    public static ServiceProblem Down(string serviceZh) =>
        new(true, serviceZh, $"{serviceZh}暂时无法使用，请稍后再试，或到就近的人社服务窗口咨询。页面其他部分不受影响。");

    /// <summary>A refusal of what was asked, in the words given (already worded for the page's reader).</summary>
    public static ServiceProblem Refused(string serviceZh, string message) => new(false, serviceZh, message);
}
