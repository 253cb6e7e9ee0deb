using Employment.Common.V1;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Grpc.Core;

namespace Employment.Jobs.UseCases.Online;

/// <summary>
/// Who a signed-in caller of jobs online is in the registry: a person their profile (the resume's
/// registry part, their name and phone), an employer agent their employer's profile (the credit code its
/// postings are filed under). Read through the shared profile cache under the purposes the registry's
/// 查阅记录 words.
/// </summary>
public sealed class OnlinePeople(IProfileReader profiles)
{
    public const string ResumePurpose = "jobs.resume";

    public const string ApplicantsPurpose = "jobs.applicants";

    /// <exception cref="DomainRuleException">Not a person's call, or the registry does not know them.</exception>
    public async Task<PersonProfile> PersonAsync(Caller caller, CancellationToken cancellationToken)
    {
        RequirePerson(caller);
        try
        {
            return (await profiles.GetPersonAsync(caller.Subject, ResumePurpose, cancellationToken)).Profile;
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            throw DomainRuleException.NotFound("登记人员", caller.Subject);
        }
    }

    /// <summary>A person's own call (their resume, their applications); an employer agent or a clerk is refused.</summary>
    public static void RequirePerson(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role != CallerRole.Person || caller.Subject.Length == 0)
        {
            throw DomainRuleException.NotAllowed("请以本人身份登录网上办事后再办理求职业务。");
        }
    }

    /// <summary>The employer an agent acts for, with the credit code its postings carry.</summary>
    /// <exception cref="DomainRuleException">Not an employer agent's call, or the registry does not know the employer.</exception>
    public async Task<Employer> EmployerAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role != CallerRole.Employer || caller.EmployerId is not { Length: > 0 } employerId)
        {
            throw DomainRuleException.NotAllowed("请以单位经办人身份登录网上办事后再查看本单位的岗位和投递。");
        }

        try
        {
            return (await profiles.GetEmployerAsync(employerId, ApplicantsPurpose, cancellationToken)).Profile.Employer
                ?? throw DomainRuleException.NotFound("用人单位", employerId);
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            throw DomainRuleException.NotFound("用人单位", employerId);
        }
    }
}
