namespace Employment.Jobs.Domain.KeyEnterprises;

/// <summary>
/// The literal rule ids of key enterprises (重点企业), 焦政办〔2023〕36号（六）: "及时梳理本地用工规模较大、带动就业
/// 能力强的用人单位，确定重点企业名单，配备就业服务专员，提供岗位收集、技能培训、送工上岗等就业服务".
/// </summary>
public static class KeyEnterpriseRuleIds
{
    /// <summary>The list holds registered employers (用人单位), named by a valid 统一社会信用代码, each once.</summary>
    public const string RegisteredEmployer = "jobs.key_enterprise.registered_employer";

    /// <summary>Every key enterprise has a service officer (配备就业服务专员) from the day it is listed.</summary>
    public const string ServiceOfficer = "jobs.key_enterprise.service_officer";

    /// <summary>岗位收集: a collection is dated (from the listing to today, never before the last one) and names occupations with counts.</summary>
    public const string VacancyCollection = "jobs.key_enterprise.vacancy_collection";

    /// <summary>A vacancy of the newest collection becomes one posting of the same employer and occupation.</summary>
    public const string VacancyPosting = "jobs.key_enterprise.vacancy_posting";

    /// <summary>
    /// 确定重点企业名单 is kept current: a clerk takes an enterprise off with a reason and a date; it then leaves
    /// the lists and gets no officer, collection or posting, while its record and filed postings stay.
    /// </summary>
    public const string Delisting = "jobs.key_enterprise.delisting";
}
