using Employment.Persistence.Payments;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using Employment.Training.Data;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>A training application as the lifecycle's shared steps (复核, 待发放, 发放) answer it: the applicant, masked, is paid.</summary>
public sealed class ApplicationCases(TrainingDbContext db, SubsidyKinds<V1.SubsidyKind, IApplicationKind> kinds)
    : CaseAnswers<TrainingApplicationRecord>(db)
{
    public override string RecordWhat => DecideApplication.What;

    public override long DecidedFen(TrainingApplicationRecord record) => record.AmountFen;

    public override IEnumerable<string> DecidedBy(TrainingApplicationRecord record) => [record.DecidedBy];

    public override RecusalSubjects RecusalOf(TrainingApplicationRecord record) => ApplicationRecusal.Of(record);

    protected override string KindZh(TrainingApplicationRecord record) => kinds.NameZh((V1.SubsidyKind)record.Kind);

    protected override string PayeeZh(TrainingApplicationRecord record) => $"{record.NameMasked} {record.IdNumberMasked}";
}
