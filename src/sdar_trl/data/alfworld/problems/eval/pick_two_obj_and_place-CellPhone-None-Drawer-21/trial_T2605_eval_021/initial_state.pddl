(define (problem plan_trial_T2605_eval_021)
(:domain alfred)
(:objects
agent1 - agent
BedType - rtype
DeskType - rtype
DrawerType - rtype
DresserType - rtype
GarbageCanType - rtype
ShelfType - rtype
SideTableType - rtype
BowlType - otype
CellPhoneType - otype
LaptopType - otype
PenType - otype
PillowType - otype
StatueType - otype
WatchType - otype
CellPhone_bar__plus_00_dot_43_bar__minus_02_dot_54_bar__plus_02_dot_13 - object
CellPhone_bar__minus_01_dot_70_bar__plus_02_dot_63_bar__minus_02_dot_22 - object
Watch_bar__plus_01_dot_48_bar__minus_01_dot_02_bar__plus_01_dot_83 - object
Pen_bar__minus_01_dot_61_bar__minus_00_dot_53_bar__plus_02_dot_55 - object
Pillow_bar__plus_02_dot_40_bar__plus_02_dot_66_bar__minus_00_dot_79 - object
Bowl_bar__plus_02_dot_37_bar__minus_01_dot_03_bar__plus_02_dot_58 - object
Laptop_bar__plus_01_dot_21_bar__plus_00_dot_18_bar__plus_02_dot_98 - object
Statue_bar__minus_02_dot_57_bar__minus_02_dot_99_bar__minus_00_dot_11 - object
Drawer_bar__minus_02_dot_35_bar__plus_00_dot_70_bar__plus_02_dot_40 - receptacle
SideTable_bar__plus_01_dot_53_bar__minus_02_dot_53_bar__minus_00_dot_59 - receptacle
Shelf_bar__plus_00_dot_17_bar__minus_01_dot_55_bar__minus_02_dot_57 - receptacle
SideTable_bar__plus_02_dot_44_bar__plus_01_dot_60_bar__plus_00_dot_51 - receptacle
Bed_bar__plus_00_dot_60_bar__plus_00_dot_76_bar__minus_00_dot_81 - receptacle
GarbageCan_bar__minus_01_dot_08_bar__minus_00_dot_65_bar__minus_00_dot_88 - receptacle
Drawer_bar__minus_02_dot_40_bar__plus_02_dot_78_bar__minus_00_dot_82 - receptacle
Dresser_bar__minus_00_dot_08_bar__plus_02_dot_02_bar__minus_00_dot_44 - receptacle
Desk_bar__plus_00_dot_10_bar__plus_00_dot_97_bar__minus_00_dot_28 - receptacle
Shelf_bar__plus_02_dot_31_bar__plus_02_dot_36_bar__plus_00_dot_85 - receptacle
loc_bar_11_bar_12_bar_0_bar_0 - location
loc_bar_1_bar_1_bar_2_bar_30 - location
loc_bar_3_bar_6_bar_2_bar_45 - location
loc_bar_8_bar_0_bar_3_bar_30 - location
loc_bar_8_bar_6_bar_1_bar_60 - location
loc_bar__minus_4_bar__minus_2_bar_2_bar_30 - location
loc_bar__minus_4_bar__minus_4_bar_0_bar_45 - location
loc_bar__minus_5_bar_2_bar_0_bar_45 - location
loc_bar__minus_6_bar_3_bar_3_bar_0 - location
loc_bar__minus_6_bar_8_bar_0_bar__minus_30 - location
loc_bar__minus_9_bar_1_bar_2_bar__minus_30 - location
)
(:init
(atLocation agent1 loc_bar_11_bar_12_bar_0_bar_0)
(receptacleType Drawer_bar__minus_02_dot_35_bar__plus_00_dot_70_bar__plus_02_dot_40 DrawerType)
(receptacleAtLocation Drawer_bar__minus_02_dot_35_bar__plus_00_dot_70_bar__plus_02_dot_40 loc_bar__minus_6_bar_3_bar_3_bar_0)
(openable Drawer_bar__minus_02_dot_35_bar__plus_00_dot_70_bar__plus_02_dot_40)
(receptacleType SideTable_bar__plus_01_dot_53_bar__minus_02_dot_53_bar__minus_00_dot_59 SideTableType)
(receptacleAtLocation SideTable_bar__plus_01_dot_53_bar__minus_02_dot_53_bar__minus_00_dot_59 loc_bar_3_bar_6_bar_2_bar_45)
(receptacleType Shelf_bar__plus_00_dot_17_bar__minus_01_dot_55_bar__minus_02_dot_57 ShelfType)
(receptacleAtLocation Shelf_bar__plus_00_dot_17_bar__minus_01_dot_55_bar__minus_02_dot_57 loc_bar__minus_5_bar_2_bar_0_bar_45)
(receptacleType SideTable_bar__plus_02_dot_44_bar__plus_01_dot_60_bar__plus_00_dot_51 SideTableType)
(receptacleAtLocation SideTable_bar__plus_02_dot_44_bar__plus_01_dot_60_bar__plus_00_dot_51 loc_bar__minus_4_bar__minus_4_bar_0_bar_45)
(receptacleType Bed_bar__plus_00_dot_60_bar__plus_00_dot_76_bar__minus_00_dot_81 BedType)
(receptacleAtLocation Bed_bar__plus_00_dot_60_bar__plus_00_dot_76_bar__minus_00_dot_81 loc_bar_1_bar_1_bar_2_bar_30)
(receptacleType GarbageCan_bar__minus_01_dot_08_bar__minus_00_dot_65_bar__minus_00_dot_88 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_01_dot_08_bar__minus_00_dot_65_bar__minus_00_dot_88 loc_bar__minus_9_bar_1_bar_2_bar__minus_30)
(receptacleType Drawer_bar__minus_02_dot_40_bar__plus_02_dot_78_bar__minus_00_dot_82 DrawerType)
(receptacleAtLocation Drawer_bar__minus_02_dot_40_bar__plus_02_dot_78_bar__minus_00_dot_82 loc_bar__minus_6_bar_8_bar_0_bar__minus_30)
(openable Drawer_bar__minus_02_dot_40_bar__plus_02_dot_78_bar__minus_00_dot_82)
(receptacleType Dresser_bar__minus_00_dot_08_bar__plus_02_dot_02_bar__minus_00_dot_44 DresserType)
(receptacleAtLocation Dresser_bar__minus_00_dot_08_bar__plus_02_dot_02_bar__minus_00_dot_44 loc_bar_8_bar_6_bar_1_bar_60)
(receptacleType Desk_bar__plus_00_dot_10_bar__plus_00_dot_97_bar__minus_00_dot_28 DeskType)
(receptacleAtLocation Desk_bar__plus_00_dot_10_bar__plus_00_dot_97_bar__minus_00_dot_28 loc_bar_8_bar_0_bar_3_bar_30)
(receptacleType Shelf_bar__plus_02_dot_31_bar__plus_02_dot_36_bar__plus_00_dot_85 ShelfType)
(receptacleAtLocation Shelf_bar__plus_02_dot_31_bar__plus_02_dot_36_bar__plus_00_dot_85 loc_bar__minus_4_bar__minus_2_bar_2_bar_30)
(canContain BedType CellPhoneType)
(canContain BedType LaptopType)
(canContain BedType PillowType)
(canContain DeskType BowlType)
(canContain DeskType CellPhoneType)
(canContain DeskType LaptopType)
(canContain DeskType PenType)
(canContain DeskType StatueType)
(canContain DeskType WatchType)
(canContain DrawerType CellPhoneType)
(canContain DrawerType PenType)
(canContain DrawerType WatchType)
(canContain DresserType BowlType)
(canContain DresserType CellPhoneType)
(canContain DresserType LaptopType)
(canContain DresserType PenType)
(canContain DresserType StatueType)
(canContain DresserType WatchType)
(canContain GarbageCanType PenType)
(canContain ShelfType BowlType)
(canContain ShelfType CellPhoneType)
(canContain ShelfType PenType)
(canContain ShelfType StatueType)
(canContain ShelfType WatchType)
(canContain SideTableType BowlType)
(canContain SideTableType CellPhoneType)
(canContain SideTableType LaptopType)
(canContain SideTableType PenType)
(canContain SideTableType StatueType)
(canContain SideTableType WatchType)
(objectType CellPhone_bar__plus_00_dot_43_bar__minus_02_dot_54_bar__plus_02_dot_13 CellPhoneType)
(inReceptacle CellPhone_bar__plus_00_dot_43_bar__minus_02_dot_54_bar__plus_02_dot_13 Bed_bar__plus_00_dot_60_bar__plus_00_dot_76_bar__minus_00_dot_81)
(objectAtLocation CellPhone_bar__plus_00_dot_43_bar__minus_02_dot_54_bar__plus_02_dot_13 loc_bar_1_bar_1_bar_2_bar_30)
(pickupable CellPhone_bar__plus_00_dot_43_bar__minus_02_dot_54_bar__plus_02_dot_13)
(objectType CellPhone_bar__minus_01_dot_70_bar__plus_02_dot_63_bar__minus_02_dot_22 CellPhoneType)
(inReceptacle CellPhone_bar__minus_01_dot_70_bar__plus_02_dot_63_bar__minus_02_dot_22 Bed_bar__plus_00_dot_60_bar__plus_00_dot_76_bar__minus_00_dot_81)
(objectAtLocation CellPhone_bar__minus_01_dot_70_bar__plus_02_dot_63_bar__minus_02_dot_22 loc_bar_1_bar_1_bar_2_bar_30)
(pickupable CellPhone_bar__minus_01_dot_70_bar__plus_02_dot_63_bar__minus_02_dot_22)
(objectType Watch_bar__plus_01_dot_48_bar__minus_01_dot_02_bar__plus_01_dot_83 WatchType)
(inReceptacle Watch_bar__plus_01_dot_48_bar__minus_01_dot_02_bar__plus_01_dot_83 Dresser_bar__minus_00_dot_08_bar__plus_02_dot_02_bar__minus_00_dot_44)
(objectAtLocation Watch_bar__plus_01_dot_48_bar__minus_01_dot_02_bar__plus_01_dot_83 loc_bar_8_bar_6_bar_1_bar_60)
(pickupable Watch_bar__plus_01_dot_48_bar__minus_01_dot_02_bar__plus_01_dot_83)
(objectType Pen_bar__minus_01_dot_61_bar__minus_00_dot_53_bar__plus_02_dot_55 PenType)
(inReceptacle Pen_bar__minus_01_dot_61_bar__minus_00_dot_53_bar__plus_02_dot_55 Desk_bar__plus_00_dot_10_bar__plus_00_dot_97_bar__minus_00_dot_28)
(objectAtLocation Pen_bar__minus_01_dot_61_bar__minus_00_dot_53_bar__plus_02_dot_55 loc_bar_8_bar_0_bar_3_bar_30)
(pickupable Pen_bar__minus_01_dot_61_bar__minus_00_dot_53_bar__plus_02_dot_55)
(objectType Pillow_bar__plus_02_dot_40_bar__plus_02_dot_66_bar__minus_00_dot_79 PillowType)
(inReceptacle Pillow_bar__plus_02_dot_40_bar__plus_02_dot_66_bar__minus_00_dot_79 Bed_bar__plus_00_dot_60_bar__plus_00_dot_76_bar__minus_00_dot_81)
(objectAtLocation Pillow_bar__plus_02_dot_40_bar__plus_02_dot_66_bar__minus_00_dot_79 loc_bar_1_bar_1_bar_2_bar_30)
(pickupable Pillow_bar__plus_02_dot_40_bar__plus_02_dot_66_bar__minus_00_dot_79)
(objectType Bowl_bar__plus_02_dot_37_bar__minus_01_dot_03_bar__plus_02_dot_58 BowlType)
(inReceptacle Bowl_bar__plus_02_dot_37_bar__minus_01_dot_03_bar__plus_02_dot_58 Desk_bar__plus_00_dot_10_bar__plus_00_dot_97_bar__minus_00_dot_28)
(objectAtLocation Bowl_bar__plus_02_dot_37_bar__minus_01_dot_03_bar__plus_02_dot_58 loc_bar_8_bar_0_bar_3_bar_30)
(pickupable Bowl_bar__plus_02_dot_37_bar__minus_01_dot_03_bar__plus_02_dot_58)
(coolable Bowl_bar__plus_02_dot_37_bar__minus_01_dot_03_bar__plus_02_dot_58)
(cleanable Bowl_bar__plus_02_dot_37_bar__minus_01_dot_03_bar__plus_02_dot_58)
(isReceptacleObject Bowl_bar__plus_02_dot_37_bar__minus_01_dot_03_bar__plus_02_dot_58)
(objectType Laptop_bar__plus_01_dot_21_bar__plus_00_dot_18_bar__plus_02_dot_98 LaptopType)
(inReceptacle Laptop_bar__plus_01_dot_21_bar__plus_00_dot_18_bar__plus_02_dot_98 Bed_bar__plus_00_dot_60_bar__plus_00_dot_76_bar__minus_00_dot_81)
(objectAtLocation Laptop_bar__plus_01_dot_21_bar__plus_00_dot_18_bar__plus_02_dot_98 loc_bar_1_bar_1_bar_2_bar_30)
(pickupable Laptop_bar__plus_01_dot_21_bar__plus_00_dot_18_bar__plus_02_dot_98)
(objectType Statue_bar__minus_02_dot_57_bar__minus_02_dot_99_bar__minus_00_dot_11 StatueType)
(inReceptacle Statue_bar__minus_02_dot_57_bar__minus_02_dot_99_bar__minus_00_dot_11 SideTable_bar__plus_01_dot_53_bar__minus_02_dot_53_bar__minus_00_dot_59)
(objectAtLocation Statue_bar__minus_02_dot_57_bar__minus_02_dot_99_bar__minus_00_dot_11 loc_bar_3_bar_6_bar_2_bar_45)
(pickupable Statue_bar__minus_02_dot_57_bar__minus_02_dot_99_bar__minus_00_dot_11)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 CellPhoneType)
                                    (receptacleType ?r DrawerType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 CellPhoneType)
                                            (receptacleType ?r DrawerType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
