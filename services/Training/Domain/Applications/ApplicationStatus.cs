namespace Employment.Training.Domain.Applications;

/// <summary>Where an application stands. The numbers are the contract's (employment.training.v1.ApplicationStatus).</summary>
public enum ApplicationStatus
{
    /// <summary>已受理.</summary>
    Submitted = 2,

    /// <summary>审核通过.</summary>
    Approved = 3,

    /// <summary>审核不通过.</summary>
    Rejected = 4,

    /// <summary>已发放.</summary>
    Paid = 5,

    /// <summary>待复核: approved, counts once a second clerk confirms.</summary>
    AwaitingReview = 6,

    /// <summary>已撤回: withdrawn by the applicant before a decision.</summary>
    Withdrawn = 7,
}
