using Employment.Jobs.Search;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Online;

/// <summary>
/// 发布岗位 online (FileMyPosting): an employer agent's posting for the employer its token names, filed through the
/// counter's own path — the same checks, the same R29 screen, the same merging of a job filed twice — with the
/// employer taken from the registry and the source "用人单位提交". A screening finding is refused with its clause:
/// no legal-reason override, which is a clerk's alone. Kinds the bureau designates (就业见习, 公益性岗位, 爱心岗位) are
/// not filed here. A posting without a first day is open from today.
/// </summary>
public sealed class EmployerPostings(FilePosting file, OnlinePeople people, Employment.ServiceDefaults.Time.ChinaClock clock)
{
    public async Task<V1.JobPosting> FileAsync(V1.FileMyPostingRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var employer = await people.EmployerAsync(caller, cancellationToken);
        var posting = (request.Posting ?? throw DomainRuleException.Invalid("posting", "请填写岗位信息。")).Clone();
        posting.Employer = new V1.PostingEmployer { CreditCode = employer.CreditCode, Name = employer.Name, Kind = employer.Kind };
        posting.Source = new V1.PostingSource { Kind = V1.SourceKind.Employer };
        // Published now unless the employer names a later first day.
        posting.Valid ??= new Employment.Common.V1.DatePeriod();
        posting.Valid.From ??= PostingInput.Proto(clock.Today);
        var content = PostingInput.From(posting);
        if (content.Kind is not (EmploymentKind.FullTime or EmploymentKind.PartTime or EmploymentKind.Gig))
        {
            throw DomainRuleException.Invalid("posting.employment_type", "网上可以发布全职、兼职和零工岗位；就业见习岗位、公益性岗位和爱心岗位由人社部门认定后发布，请到人社服务窗口办理。");
        }

        return await file.FileOnceAsync("FileMyPosting", request, request.IdempotencyKey, content, legalReason: null, caller, cancellationToken);
    }
}
