using Employment.Applicants.Data;
using Employment.Applicants.Domain.People;
using Employment.Applicants.V1;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Employment.Applicants.UseCases;

/// <summary>
/// 工作人员名录: the identity provider's staff accounts as the deciding services need them (whom a record may be
/// handed to). The provider alone records an entry, replacing it whole on each account change; any service finds one.
/// </summary>
internal sealed class StaffDirectory(ApplicantsDbContext db, ChinaClock clock)
{
    /// <summary>The identity provider's service name: the one writer of the directory.</summary>
    public const string Writer = "identity-provider";

    private static readonly string[] Roles = ["counter", "auditor", "admin"];

    public async Task<StaffDirectoryEntry> RecordAsync(StaffDirectoryEntry member, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role != CallerRole.Service || caller.Subject != Writer)
        {
            throw new StatusDetails(StatusCode.PermissionDenied, "工作人员名录只能由统一登录（身份认证服务）登记。")
            {
                Reason = "STAFF_DIRECTORY_WRITER_ONLY",
            }.ToException();
        }

        var checkedMember = Check(member);
        var row = await db.StaffMembers.FindAsync([checkedMember.StaffId], cancellationToken);
        if (row is null)
        {
            row = new StaffMemberRecord { StaffId = checkedMember.StaffId };
            db.StaffMembers.Add(row);
        }

        (row.OfficeRegion, row.Role, row.MayReview, row.Disabled, row.ChangedAt) =
            (checkedMember.OfficeRegion, checkedMember.Role, checkedMember.MayReview, checkedMember.Disabled, clock.Now);
        await db.SaveChangesAsync(cancellationToken);
        return checkedMember;
    }

    public async Task<StaffDirectoryEntry> FindAsync(string staffId, CancellationToken cancellationToken)
    {
        var id = Required(staffId);
        var row = await db.StaffMembers.AsNoTracking().FirstOrDefaultAsync(m => m.StaffId == id, cancellationToken);
        return row is null
            ? throw DomainRuleException.NotFound("统一登录的工作人员账号", id)
            : new StaffDirectoryEntry { StaffId = row.StaffId, OfficeRegion = row.OfficeRegion, Role = row.Role, MayReview = row.MayReview, Disabled = row.Disabled };
    }

    private static StaffDirectoryEntry Check(StaffDirectoryEntry member)
    {
        var id = Required(member.StaffId);
        if (!Roles.Contains(member.Role, StringComparer.Ordinal))
        {
            throw DomainRuleException.Invalid("role", "角色应为 counter（窗口经办人员）、auditor（稽核人员）或 admin（平台运维人员）。");
        }

        if (member.MayReview && member.Role != "counter")
        {
            throw DomainRuleException.Invalid("may_review", "复核权限只授予窗口经办人员（counter）。");
        }

        var office = RegionCodes.Place(member.OfficeRegion, "office_region", required: member.Role != "admin");
        return new StaffDirectoryEntry { StaffId = id, OfficeRegion = office, Role = member.Role, MayReview = member.MayReview, Disabled = member.Disabled };
    }

    private static string Required(string staffId)
    {
        var id = PersonValidation.StaffId(staffId ?? "", "staff_id");
        return id.Length > 0 ? id : throw DomainRuleException.Invalid("staff_id", "请填写工号。");
    }
}
