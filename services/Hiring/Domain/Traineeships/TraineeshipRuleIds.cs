namespace Employment.Hiring.Domain.Traineeships;

/// <summary>
/// The id of every check the rules of 就业见习补贴 make, written out whole so that an id a clerk reads
/// in an explanation is found with one search, and from here the line that decides it.
/// </summary>
public static class TraineeshipRuleIds
{
    public const string TraineeHostRecognised = "hiring.trainee.host_recognised";
    public const string TraineeMonthPaidOnce = "hiring.trainee.month_paid_once";
    public const string TraineeMonthlyAmount = "hiring.trainee.monthly_amount";
    public const string TraineeMonthsPerPerson = "hiring.trainee.months_per_person";
    public const string TraineePaidMonths = "hiring.trainee.paid_months";
    public const string TraineePolicyInForce = "hiring.trainee.policy_in_force";
    public const string TraineeRealNameRegistration = "hiring.trainee.real_name_registration";
    public const string TraineeTargetGroup = "hiring.trainee.target_group";
}
