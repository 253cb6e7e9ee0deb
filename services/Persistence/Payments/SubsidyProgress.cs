using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Time;
using Google.Protobuf.WellKnownTypes;

namespace Employment.Persistence.Payments;

/// <summary>
/// 办理进度 answers of every subsidy service: the masked summary's header and its steps (受理, the decision,
/// the payment), named as <see cref="SubsidyStatusText"/> names them. What a step notes is the service's.
/// </summary>
public static class SubsidyProgress
{
    public static ApplicationProgress Header(string reference, string kindZh, SubsidyStatus status, DateTimeOffset createdAt, DateTimeOffset updatedAt, string nameMasked) => new()
    {
        Reference = reference,
        KindZh = kindZh,
        State = SubsidyStatusText.Token(status),
        StateZh = SubsidyStatusText.Zh(status),
        Closed = status is SubsidyStatus.Rejected or SubsidyStatus.Paid,
        SubmittedOn = ProtoMapping.ToProto(ChinaClock.DateOf(createdAt)),
        UpdatedAt = Timestamp.FromDateTimeOffset(updatedAt),
        NameMasked = nameMasked,
    };

    public static ProgressStep Step(SubsidyStatus status, DateTimeOffset at, string note) =>
        new() { State = SubsidyStatusText.Token(status), StateZh = SubsidyStatusText.Zh(status), At = Timestamp.FromDateTimeOffset(at), NoteZh = note };
}
