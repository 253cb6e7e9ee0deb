using Employment.Common.V1;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Employment.Persistence.Submissions;

/// <summary>
/// 网上受理 (焦政办〔2023〕36号（十七）): an applicant signed in takes their own application the way a counter takes it, by the
/// same kinds and rules. Before anything is judged: the kind must be open online and be theirs (a person's own kinds to a
/// person, an employer's to its agent), and the request's applicant is whoever is signed in — a request naming another
/// person or employer is refused, never judged.
/// </summary>
public static class OnlineTaking
{
    /// <summary>How a caller's application is received: online from a person or an employer's agent, else at a counter.</summary>
    public static Channel ChannelOf(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role is CallerRole.Person or CallerRole.Employer ? Channel.Online : Channel.Counter;
    }

    /// <summary>
    /// A place an application names as where it is decided (where the person is insured, the county they came from): a
    /// counter's office must cover it (PERMISSION_DENIED naming the field); an applicant online applies to that place's office.
    /// </summary>
    public static void RequireCovers(Caller caller, string field, string code)
    {
        if (ChannelOf(caller) == Channel.Counter)
        {
            RegionScope.Of(caller).RequireCovers(field, code);
        }
    }

    /// <summary>For an applicant online: the kind theirs and open online, the applicant set on the request (PERMISSION_DENIED otherwise); a counter's request is left as it is.</summary>
    public static void Admit<TKind>(IMessage request, TakenKind<TKind> kind, Caller caller)
        where TKind : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(caller);
        if (ChannelOf(caller) != Channel.Online)
        {
            return;
        }

        RequireTheirs(caller, kind.Online, kind.Applicant, kind.NameZh);
        var asEmployer = caller.Role == CallerRole.Employer;
        var own = asEmployer ? caller.EmployerId ?? "" : caller.Subject;
        foreach (var path in kind.ApplicantPaths)
        {
            Fill(request, path, own, asEmployer ? "本单位" : "本人");
        }
    }

    /// <summary>For an applicant online: the kind open online and theirs to apply for (PERMISSION_DENIED saying whose it is otherwise).</summary>
    public static void RequireTheirs(Caller caller, bool online, FormApplicant applicant, string kindZh)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!online)
        {
            throw RpcErrors.Denied($"{kindZh}暂不能在网上申请，请到人社服务窗口办理。 (kind: not taken online)");
        }

        var asEmployer = caller.Role == CallerRole.Employer;
        if (applicant == FormApplicant.Employer && !asEmployer)
        {
            throw RpcErrors.Denied($"{kindZh}由单位申请：请以单位经办人身份登录（法人办事）后申请。 (kind: an employer's)");
        }

        if (applicant == FormApplicant.Person && asEmployer)
        {
            throw RpcErrors.Denied($"{kindZh}由本人申请：请以个人身份登录后申请。 (kind: a person's own)");
        }
    }

    /// <summary>The applicant's path set to the one signed in: a key message by its id, an id field to it, a number field left empty (the id decides).</summary>
    private static void Fill(IMessage request, string path, string own, string ownZh)
    {
        var (holder, field, _) = FormAnswers.Locate(request, path);
        var refused = RpcErrors.Denied($"网上申请只能为{ownZh}办理，请不要填写其他{(ownZh == "本单位" ? "单位" : "人员")}。 (field: {path})");
        switch (field.FieldType)
        {
            case FieldType.Message when field.MessageType == EmployerKey.Descriptor:
                var employer = (EmployerKey?)field.Accessor.GetValue(holder);
                if (employer is not null && employer.KeyCase != EmployerKey.KeyOneofCase.None && !(employer.KeyCase == EmployerKey.KeyOneofCase.EmployerId && employer.EmployerId.Trim() == own))
                {
                    throw refused;
                }

                field.Accessor.SetValue(holder, new EmployerKey { EmployerId = own });
                break;
            case FieldType.Message when field.MessageType == PersonKey.Descriptor:
                var person = (PersonKey?)field.Accessor.GetValue(holder);
                if (person is not null && person.KeyCase != PersonKey.KeyOneofCase.None && !(person.KeyCase == PersonKey.KeyOneofCase.PersonId && person.PersonId.Trim() == own))
                {
                    throw refused;
                }

                field.Accessor.SetValue(holder, new PersonKey { PersonId = own });
                break;
            case FieldType.String when field.Name.EndsWith("_id", StringComparison.Ordinal):
                var given = ((string)field.Accessor.GetValue(holder)).Trim();
                if (given.Length > 0 && given != own)
                {
                    throw refused;
                }

                field.Accessor.SetValue(holder, own);
                break;
            case FieldType.String when ((string)field.Accessor.GetValue(holder)).Length > 0:
                // An identity number beside the id: the signed-in id decides, so a number is one more way to name another.
                throw refused;
            case FieldType.String:
                break;
            default:
                throw new InvalidOperationException($"{path} is not a field that names an applicant.");
        }
    }
}
