using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;

namespace Employment.Persistence.Submissions;

/// <summary>
/// 坚持申请: an applicant told at the counter that the rules refuse their application may still ask for a written
/// decision. The take then stores it and refuses at once what the rules refuse, so every application taken has its
/// answer in writing (the 决定书 with its unmet conditions and the remedy sentence). Only a counter does this: the
/// applicant is there to be told, and the clerk who took it is the one who decided.
/// </summary>
public static class SubsidyKindInsistence
{
    /// <summary>The take request's field that carries it (every take that may refuse has one).</summary>
    public const string Field = "insisted";

    /// <summary>The reason a refusal at the counter gives, before the conditions the explanation found unmet.</summary>
    public const string ReasonZh = "受理时审查不符合申请条件，申请人坚持申请，依申请作出书面决定";

    /// <summary>Whether the take request asks for it; a counter only, a refusal naming where to go for anyone else.</summary>
    public static bool Of(IMessage request, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        var insisted = request.Descriptor.FindFieldByName(Field) is { } field && field.Accessor.GetValue(request) is true;
        if (insisted && caller.Role != CallerRole.Counter)
        {
            throw DomainRuleException.NotAllowed("不符合条件的申请如坚持办理，请到人社服务窗口提出，工作人员受理后当场作出书面决定。");
        }

        return insisted;
    }
}
