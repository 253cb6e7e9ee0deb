namespace Employment.Jobs.Domain.Postings;

/// <summary>The rule ids a clerk reads in a refusal or on a posting; literals, found with one search.</summary>
public static class PostingRuleIds
{
    /// <summary>R29: no restriction by sex, 户籍/城乡, 民族, 身份, 残疾, 婚育 (36号（九）, 15号（十七））.</summary>
    public const string NoDiscrimination = "jobs.posting.no_discrimination";

    /// <summary>R29: a minimum age below the legal working age (劳动法 第十五条, catalog jobs.posting.minimum_working_age) is refused outright, no override.</summary>
    public const string MinimumWorkingAge = "jobs.posting.minimum_working_age";

    /// <summary>R29: employer, work place, pay, validity and source; a repost names its source.</summary>
    public const string LawfulPosting = "jobs.posting.lawful_content";

    /// <summary>Traineeship posts only from a host the 人社部门 recognised (就业见习单位).</summary>
    public const string TraineeshipHost = "jobs.posting.traineeship_recognised_host";

    /// <summary>A gig (零工) is paid by the day or hour and offered at a venue.</summary>
    public const string GigTerms = "jobs.posting.gig_terms";

    /// <summary>焦政办〔2023〕29号 20.: 就业服务部门积极提供免费招聘信息发布服务 to 个体工商户.</summary>
    public const string FreeFilingIndividualBusiness = "jobs.posting.free_filing_individual_business";

    /// <summary>The same employer's same job is one posting (duplicates merged).</summary>
    public const string OnePostingPerJob = "jobs.posting.one_per_job";
}
