using Employment.Applicants.Data;
using Employment.Applicants.Domain.Reads;
using Employment.Applicants.Domain.Registry;
using Employment.Persistence.Records;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Applicants.V1;

namespace Employment.Applicants.UseCases;

/// <summary>
/// 查阅记录: who read the signed-in person's record and why, newest first, from the access log the registry writes
/// before every read it answers. The token's person alone decides whose.
/// </summary>
public sealed class MyReads(ApplicantsDbContext db)
{
    public async Task<V1.ListMyReadsResponse> ListAsync(V1.ListMyReadsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var own = RegionScope.Of(caller).OwnPersonId ?? throw RpcErrors.Denied("只有实名登录的本人可以查看自己信息的查阅记录。 (a person's own reads)");
        var rows = db.ProfileAccess.AsNoTracking().Where(a => a.SubjectType == SubjectTypes.Person && a.SubjectId == own);
        var (page, next) = await NewestFirst.PageAsync(rows, a => a.Id, request.Page, cancellationToken);
        var answer = new V1.ListMyReadsResponse { Page = next };
        answer.Reads.AddRange(page.Select(a => new V1.ProfileRead
        {
            Reader = a.CallerService,
            ReaderZh = ReadWording.ReaderZh(a.CallerService),
            Purpose = a.Purpose,
            PurposeZh = ReadWording.PurposeZh(a.Purpose),
            At = Timestamp.FromDateTimeOffset(a.At),
        }));
        return answer;
    }
}
